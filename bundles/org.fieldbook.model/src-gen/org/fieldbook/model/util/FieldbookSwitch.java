/**
 */
package org.fieldbook.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.fieldbook.model.Account;
import org.fieldbook.model.Annotation;
import org.fieldbook.model.BookableResource;
import org.fieldbook.model.Booking;
import org.fieldbook.model.BookingStatus;
import org.fieldbook.model.Conflict;
import org.fieldbook.model.Contact;
import org.fieldbook.model.CustomerAsset;
import org.fieldbook.model.FieldValue;
import org.fieldbook.model.FieldbookPackage;
import org.fieldbook.model.IncidentType;
import org.fieldbook.model.OfflineProfile;
import org.fieldbook.model.OfflineProfileItem;
import org.fieldbook.model.OfflineProfileRelationship;
import org.fieldbook.model.OrganizationSettings;
import org.fieldbook.model.Product;
import org.fieldbook.model.SyncError;
import org.fieldbook.model.SyncSummary;
import org.fieldbook.model.TimeEntry;
import org.fieldbook.model.WorkOrder;
import org.fieldbook.model.WorkOrderIncident;
import org.fieldbook.model.WorkOrderProduct;
import org.fieldbook.model.WorkOrderService;
import org.fieldbook.model.WorkOrderServiceTask;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.fieldbook.model.FieldbookPackage
 * @generated
 */
public class FieldbookSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static FieldbookPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FieldbookSwitch() {
		if (modelPackage == null) {
			modelPackage = FieldbookPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case FieldbookPackage.RECORD: {
				org.fieldbook.model.Record record = (org.fieldbook.model.Record)theEObject;
				T result = caseRecord(record);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.BOOKING: {
				Booking booking = (Booking)theEObject;
				T result = caseBooking(booking);
				if (result == null) result = caseRecord(booking);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.BOOKING_STATUS: {
				BookingStatus bookingStatus = (BookingStatus)theEObject;
				T result = caseBookingStatus(bookingStatus);
				if (result == null) result = caseRecord(bookingStatus);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.BOOKABLE_RESOURCE: {
				BookableResource bookableResource = (BookableResource)theEObject;
				T result = caseBookableResource(bookableResource);
				if (result == null) result = caseRecord(bookableResource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.WORK_ORDER: {
				WorkOrder workOrder = (WorkOrder)theEObject;
				T result = caseWorkOrder(workOrder);
				if (result == null) result = caseRecord(workOrder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.ACCOUNT: {
				Account account = (Account)theEObject;
				T result = caseAccount(account);
				if (result == null) result = caseRecord(account);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.CONTACT: {
				Contact contact = (Contact)theEObject;
				T result = caseContact(contact);
				if (result == null) result = caseRecord(contact);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.CUSTOMER_ASSET: {
				CustomerAsset customerAsset = (CustomerAsset)theEObject;
				T result = caseCustomerAsset(customerAsset);
				if (result == null) result = caseRecord(customerAsset);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.INCIDENT_TYPE: {
				IncidentType incidentType = (IncidentType)theEObject;
				T result = caseIncidentType(incidentType);
				if (result == null) result = caseRecord(incidentType);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.WORK_ORDER_INCIDENT: {
				WorkOrderIncident workOrderIncident = (WorkOrderIncident)theEObject;
				T result = caseWorkOrderIncident(workOrderIncident);
				if (result == null) result = caseRecord(workOrderIncident);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.WORK_ORDER_SERVICE_TASK: {
				WorkOrderServiceTask workOrderServiceTask = (WorkOrderServiceTask)theEObject;
				T result = caseWorkOrderServiceTask(workOrderServiceTask);
				if (result == null) result = caseRecord(workOrderServiceTask);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.WORK_ORDER_PRODUCT: {
				WorkOrderProduct workOrderProduct = (WorkOrderProduct)theEObject;
				T result = caseWorkOrderProduct(workOrderProduct);
				if (result == null) result = caseRecord(workOrderProduct);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.WORK_ORDER_SERVICE: {
				WorkOrderService workOrderService = (WorkOrderService)theEObject;
				T result = caseWorkOrderService(workOrderService);
				if (result == null) result = caseRecord(workOrderService);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.PRODUCT: {
				Product product = (Product)theEObject;
				T result = caseProduct(product);
				if (result == null) result = caseRecord(product);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.OFFLINE_PROFILE: {
				OfflineProfile offlineProfile = (OfflineProfile)theEObject;
				T result = caseOfflineProfile(offlineProfile);
				if (result == null) result = caseRecord(offlineProfile);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.OFFLINE_PROFILE_ITEM: {
				OfflineProfileItem offlineProfileItem = (OfflineProfileItem)theEObject;
				T result = caseOfflineProfileItem(offlineProfileItem);
				if (result == null) result = caseRecord(offlineProfileItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.OFFLINE_PROFILE_RELATIONSHIP: {
				OfflineProfileRelationship offlineProfileRelationship = (OfflineProfileRelationship)theEObject;
				T result = caseOfflineProfileRelationship(offlineProfileRelationship);
				if (result == null) result = caseRecord(offlineProfileRelationship);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.ORGANIZATION_SETTINGS: {
				OrganizationSettings organizationSettings = (OrganizationSettings)theEObject;
				T result = caseOrganizationSettings(organizationSettings);
				if (result == null) result = caseRecord(organizationSettings);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.CONFLICT: {
				Conflict conflict = (Conflict)theEObject;
				T result = caseConflict(conflict);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.FIELD_VALUE: {
				FieldValue fieldValue = (FieldValue)theEObject;
				T result = caseFieldValue(fieldValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.SYNC_ERROR: {
				SyncError syncError = (SyncError)theEObject;
				T result = caseSyncError(syncError);
				if (result == null) result = caseRecord(syncError);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.SYNC_SUMMARY: {
				SyncSummary syncSummary = (SyncSummary)theEObject;
				T result = caseSyncSummary(syncSummary);
				if (result == null) result = caseRecord(syncSummary);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.ANNOTATION: {
				Annotation annotation = (Annotation)theEObject;
				T result = caseAnnotation(annotation);
				if (result == null) result = caseRecord(annotation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case FieldbookPackage.TIME_ENTRY: {
				TimeEntry timeEntry = (TimeEntry)theEObject;
				T result = caseTimeEntry(timeEntry);
				if (result == null) result = caseRecord(timeEntry);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Record</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Record</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRecord(org.fieldbook.model.Record object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Booking</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Booking</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBooking(Booking object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Booking Status</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Booking Status</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBookingStatus(BookingStatus object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Bookable Resource</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Bookable Resource</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBookableResource(BookableResource object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Work Order</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Work Order</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkOrder(WorkOrder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Account</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Account</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccount(Account object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Contact</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Contact</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseContact(Contact object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Customer Asset</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Customer Asset</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCustomerAsset(CustomerAsset object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Incident Type</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Incident Type</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIncidentType(IncidentType object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Work Order Incident</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Work Order Incident</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkOrderIncident(WorkOrderIncident object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Work Order Service Task</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Work Order Service Task</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkOrderServiceTask(WorkOrderServiceTask object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Work Order Product</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Work Order Product</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkOrderProduct(WorkOrderProduct object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Work Order Service</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Work Order Service</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWorkOrderService(WorkOrderService object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Product</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Product</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProduct(Product object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Offline Profile</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Offline Profile</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOfflineProfile(OfflineProfile object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Offline Profile Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Offline Profile Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOfflineProfileItem(OfflineProfileItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Offline Profile Relationship</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Offline Profile Relationship</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOfflineProfileRelationship(OfflineProfileRelationship object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organization Settings</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organization Settings</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganizationSettings(OrganizationSettings object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Conflict</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Conflict</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseConflict(Conflict object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Field Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Field Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFieldValue(FieldValue object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sync Error</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sync Error</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSyncError(SyncError object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sync Summary</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sync Summary</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSyncSummary(SyncSummary object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Annotation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Annotation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnnotation(Annotation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Time Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Time Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTimeEntry(TimeEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //FieldbookSwitch
