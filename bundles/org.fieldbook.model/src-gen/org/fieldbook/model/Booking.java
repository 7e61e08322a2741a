/**
 */
package org.fieldbook.model;

import java.time.Instant;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Booking</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A bookable resource booking: one technician's time slot on a work order.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.fieldbook.model.Booking#getName <em>Name</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getEndTime <em>End Time</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getDuration <em>Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getStatus <em>Status</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getResource <em>Resource</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getWorkOrder <em>Work Order</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getActualArrivalTime <em>Actual Arrival Time</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getEstimatedTravelDuration <em>Estimated Travel Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getActualTravelDuration <em>Actual Travel Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getTotalBreakDuration <em>Total Break Duration</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getOwnerId <em>Owner Id</em>}</li>
 *   <li>{@link org.fieldbook.model.Booking#getOwningBusinessUnit <em>Owning Business Unit</em>}</li>
 * </ul>
 *
 * @see org.fieldbook.model.FieldbookPackage#getBooking()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='endNotBeforeStart durationNotNegative'"
 *        annotation="http://www.fieldbook.org/dataverse logicalName='bookableresourcebooking' entitySet='bookableresourcebookings'"
 * @generated
 */
public interface Booking extends org.fieldbook.model.Record {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_Name()
	 * @model annotation="http://www.fieldbook.org/dataverse column='name' maxLength='100'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_StartTime()
	 * @model dataType="org.fieldbook.model.Instant" required="true"
	 *        annotation="http://www.fieldbook.org/dataverse column='starttime'"
	 * @generated
	 */
	Instant getStartTime();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(Instant value);

	/**
	 * Returns the value of the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Time</em>' attribute.
	 * @see #setEndTime(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_EndTime()
	 * @model dataType="org.fieldbook.model.Instant" required="true"
	 *        annotation="http://www.fieldbook.org/dataverse column='endtime'"
	 * @generated
	 */
	Instant getEndTime();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getEndTime <em>End Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Time</em>' attribute.
	 * @see #getEndTime()
	 * @generated
	 */
	void setEndTime(Instant value);

	/**
	 * Returns the value of the '<em><b>Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration</em>' attribute.
	 * @see #setDuration(int)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_Duration()
	 * @model annotation="http://www.fieldbook.org/dataverse column='duration'"
	 * @generated
	 */
	int getDuration();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getDuration <em>Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration</em>' attribute.
	 * @see #getDuration()
	 * @generated
	 */
	void setDuration(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' reference.
	 * @see #setStatus(BookingStatus)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_Status()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_bookingstatus_value' navigation='BookingStatus'"
	 * @generated
	 */
	BookingStatus getStatus();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getStatus <em>Status</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' reference.
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(BookingStatus value);

	/**
	 * Returns the value of the '<em><b>Resource</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resource</em>' reference.
	 * @see #setResource(BookableResource)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_Resource()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_resource_value' navigation='Resource'"
	 * @generated
	 */
	BookableResource getResource();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getResource <em>Resource</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource</em>' reference.
	 * @see #getResource()
	 * @generated
	 */
	void setResource(BookableResource value);

	/**
	 * Returns the value of the '<em><b>Work Order</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work Order</em>' reference.
	 * @see #setWorkOrder(WorkOrder)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_WorkOrder()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_msdyn_workorder_value' navigation='msdyn_workorder'"
	 * @generated
	 */
	WorkOrder getWorkOrder();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getWorkOrder <em>Work Order</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Order</em>' reference.
	 * @see #getWorkOrder()
	 * @generated
	 */
	void setWorkOrder(WorkOrder value);

	/**
	 * Returns the value of the '<em><b>Actual Arrival Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual Arrival Time</em>' attribute.
	 * @see #setActualArrivalTime(Instant)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_ActualArrivalTime()
	 * @model dataType="org.fieldbook.model.Instant"
	 *        annotation="http://www.fieldbook.org/dataverse column='msdyn_actualarrivaltime'"
	 * @generated
	 */
	Instant getActualArrivalTime();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getActualArrivalTime <em>Actual Arrival Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Arrival Time</em>' attribute.
	 * @see #getActualArrivalTime()
	 * @generated
	 */
	void setActualArrivalTime(Instant value);

	/**
	 * Returns the value of the '<em><b>Estimated Travel Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minutes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimated Travel Duration</em>' attribute.
	 * @see #setEstimatedTravelDuration(int)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_EstimatedTravelDuration()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_estimatedtravelduration'"
	 * @generated
	 */
	int getEstimatedTravelDuration();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getEstimatedTravelDuration <em>Estimated Travel Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated Travel Duration</em>' attribute.
	 * @see #getEstimatedTravelDuration()
	 * @generated
	 */
	void setEstimatedTravelDuration(int value);

	/**
	 * Returns the value of the '<em><b>Actual Travel Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minutes from setting off (Traveling) to arriving.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual Travel Duration</em>' attribute.
	 * @see #setActualTravelDuration(int)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_ActualTravelDuration()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_actualtravelduration'"
	 * @generated
	 */
	int getActualTravelDuration();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getActualTravelDuration <em>Actual Travel Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Travel Duration</em>' attribute.
	 * @see #getActualTravelDuration()
	 * @generated
	 */
	void setActualTravelDuration(int value);

	/**
	 * Returns the value of the '<em><b>Total Break Duration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Minutes on break during the booking.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total Break Duration</em>' attribute.
	 * @see #setTotalBreakDuration(int)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_TotalBreakDuration()
	 * @model annotation="http://www.fieldbook.org/dataverse column='msdyn_totalbreakduration'"
	 * @generated
	 */
	int getTotalBreakDuration();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getTotalBreakDuration <em>Total Break Duration</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Break Duration</em>' attribute.
	 * @see #getTotalBreakDuration()
	 * @generated
	 */
	void setTotalBreakDuration(int value);

	/**
	 * Returns the value of the '<em><b>Owner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The systemuserid or teamid of the row's owner (Dataverse's ownerid), set with ownerid@odata.bind; the creator by default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner Id</em>' attribute.
	 * @see #setOwnerId(String)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_OwnerId()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_ownerid_value' maxLength='36'"
	 * @generated
	 */
	String getOwnerId();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getOwnerId <em>Owner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Id</em>' attribute.
	 * @see #getOwnerId()
	 * @generated
	 */
	void setOwnerId(String value);

	/**
	 * Returns the value of the '<em><b>Owning Business Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business unit of the row's owner, set by the server.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owning Business Unit</em>' attribute.
	 * @see #setOwningBusinessUnit(String)
	 * @see org.fieldbook.model.FieldbookPackage#getBooking_OwningBusinessUnit()
	 * @model annotation="http://www.fieldbook.org/dataverse column='_owningbusinessunit_value' maxLength='36'"
	 * @generated
	 */
	String getOwningBusinessUnit();

	/**
	 * Sets the value of the '{@link org.fieldbook.model.Booking#getOwningBusinessUnit <em>Owning Business Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owning Business Unit</em>' attribute.
	 * @see #getOwningBusinessUnit()
	 * @generated
	 */
	void setOwningBusinessUnit(String value);

} // Booking
