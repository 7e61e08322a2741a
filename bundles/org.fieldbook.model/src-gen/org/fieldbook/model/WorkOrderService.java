/**
 */
package org.fieldbook.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Order Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.WorkOrderService#getWorkOrder <em>Work Order</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderService#getService <em>Service</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderService#getBooking <em>Booking</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderService#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.WorkOrderService#getLineStatus <em>Line Status</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderService()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='durationNotNegative'"
 *        annotation="http://www.fieldbook.org/dataverse logicalName='msdyn_workorderservice' entitySet='msdyn_workorderservices'"
 * @generated
 */
public interface WorkOrderService extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Work Order</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work Order</em>' reference.
	 * @see #setWorkOrder(WorkOrder)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderService_WorkOrder()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_workorder_value' navigation='msdyn_workorder'"
	 * @generated
	 */
	WorkOrder getWorkOrder();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderService#getWorkOrder <em>Work Order</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Order</em>' reference.
	 * @see #getWorkOrder()
	 * @generated
	 */
	void setWorkOrder(WorkOrder value);

	/**
	 * Returns the value of the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Service</em>' reference.
	 * @see #setService(Product)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderService_Service()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_service_value' navigation='msdyn_service'"
	 * @generated
	 */
	Product getService();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderService#getService <em>Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(Product value);

	/**
	 * Returns the value of the '<em><b>Booking</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Booking</em>' reference.
	 * @see #setBooking(Booking)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderService_Booking()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_booking_value' navigation='msdyn_booking'"
	 * @generated
	 */
	Booking getBooking();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderService#getBooking <em>Booking</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Booking</em>' reference.
	 * @see #getBooking()
	 * @generated
	 */
	void setBooking(Booking value);

	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(int)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderService_Duration()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_duration'"
	 * @generated
	 */
	int getDuration();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderService#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(int value);

	/**
	 * Returns the value of the '<em><b>Line Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.fieldbook.model.LineStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Status</em>' attribute.
	 * @see org.fieldbook.model.LineStatus
	 * @see #setLineStatus(LineStatus)
	 * @see org.fieldbook.model.FieldbookPackage#getWorkOrderService_LineStatus()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_linestatus'"
	 * @generated
	 */
	LineStatus getLineStatus();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.WorkOrderService#getLineStatus <em>Line Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Status</em>' attribute.
	 * @see org.fieldbook.model.LineStatus
	 * @see #getLineStatus()
	 * @generated
	 */
	void setLineStatus(LineStatus value);

} // WorkOrderService
